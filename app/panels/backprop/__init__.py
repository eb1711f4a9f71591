"""The backpropagation panel (chapter 5): computational graphs, a network as a graph, the gradient check."""
