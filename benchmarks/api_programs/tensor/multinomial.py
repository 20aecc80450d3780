# api: torch.Tensor.multinomial
import torch
probs = torch.tensor([0.1, 0.2, 0.3, 0.4])
draws = probs.multinomial(2)
one_hot_probs = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 5.0]])
certain = one_hot_probs.multinomial(num_samples=3, replacement=True)
results = {
    "shape": draws.shape,
    "dtype": draws.dtype,
    "distinct": bool(draws[0] != draws[1]),
    "in_range": bool(((draws >= 0) & (draws < 4)).all()),
    "certain": certain,
}
