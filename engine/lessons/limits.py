"""How many choices a lesson's question has: apart from the lesson record (engine.lessons.model),
because the window needs the count at start-up for its answer keys 1-4, and importing the
lesson modules then would cost it ~4.5 ms for a feature nobody has opened yet."""

MIN_CHOICES, MAX_CHOICES = 2, 4  # keys 1-4 pick a choice
