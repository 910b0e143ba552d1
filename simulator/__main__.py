"""`python -m simulator` runs the same CLI as the `peer-practice` script."""

from simulator.cli import main

if __name__ == "__main__":
    main()
