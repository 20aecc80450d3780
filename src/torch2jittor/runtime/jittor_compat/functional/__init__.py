"""torch.nn.functional with PyTorch's semantics; the layers in ..nn call these."""
