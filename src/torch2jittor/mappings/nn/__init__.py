"""torch.nn: one module per file of torch/nn/modules/ (classes with their torch.nn.functional namesakes)."""
