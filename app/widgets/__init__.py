"""Small shared widgets: a validated vector/number field and a precise-value label."""
from app.widgets.number_field import VectorField, parse_vector
from app.widgets.value_label import ValueLabel, precise

__all__ = ["VectorField", "parse_vector", "ValueLabel", "precise"]
