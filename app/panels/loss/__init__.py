"""The loss-function explorer (book section 4.2), split into a model (pure NumPy + core), a controller
(the state and what each action does) and small views that each draw one thing; :mod:`.panel` composes them."""
