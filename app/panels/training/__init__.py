"""Parts of the MNIST training panel (views, drawing pad, dataset dialog, presets, worker-side job)."""
