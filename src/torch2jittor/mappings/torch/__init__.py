"""torch.* functions and objects, one module per topic of PyTorch's torch documentation."""
