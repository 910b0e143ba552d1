"""Content beyond single scenarios: the course path (units, lessons, drills, support card)."""
