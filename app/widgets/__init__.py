"""Small shared widgets: a validated vector/number field and a precise-value label."""
from dlfs_studio.app.widgets.number_field import VectorField, parse_vector
from dlfs_studio.app.widgets.value_label import ValueLabel, precise

__all__ = ["ValueLabel", "VectorField", "parse_vector", "precise"]
