"""torch.nn layers, containers and parameters with PyTorch's arguments, defaults and parameter names."""
