"""Screens: home (library), start (content notes), practice, pause, end."""
