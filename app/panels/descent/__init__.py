"""Parts of the gradient-descent panel: the Descent, Optimizer race and Numerical differentiation tabs."""
