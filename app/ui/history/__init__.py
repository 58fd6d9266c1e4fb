"""The session history window: past sessions filtered, opened, and their times corrected."""
