"""torch.* functions with PyTorch's semantics (dtypes, defaults, dims, return types)."""
