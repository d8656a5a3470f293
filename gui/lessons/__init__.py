"""The lesson player, its editor and lesson export: lessons that ask before they show."""
