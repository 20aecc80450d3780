"""torch.distributions with PyTorch's formulas for log_prob, cdf, icdf, entropy, moments and KL; every
public name is exported from the package's __init__."""
