"""The scoring child process (see `scoring_process`): reads the rubric set, compiles it once,
then answers each (context, reply, node) with ("ok", ScoreResult) or ("error", message),
until its input closes."""

from __future__ import annotations

import sys

from simulator.practice.scoring_process import read_frame, write_frame


def main() -> None:
    from simulator.scoring import Scorer

    source, sink = sys.stdin.buffer.fileno(), sys.stdout.buffer
    try:
        scorer = Scorer(read_frame(source))
        write_frame(sink, ("ready", None))
        while True:
            context, reply, node = read_frame(source)
            try:
                answer: tuple[str, object] = ("ok", scorer.score(context, reply, node))
            except Exception as exc:  # one line back to the app, which stays up
                answer = ("error", f"{type(exc).__name__}: {exc}")
            write_frame(sink, answer)
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return


if __name__ == "__main__":
    main()
