# api: torch.binomial
import torch
count = torch.full((5000,), 10.0)
prob = torch.full((5000,), 0.25)
draws = torch.binomial(count, prob)
results = {"shape": draws.shape, "dtype": draws.dtype, "in_range": bool(((draws >= 0) & (draws <= 10)).all()),
           "mean_close": bool(abs(draws.mean() - 2.5) < 0.1), "certain": torch.binomial(torch.tensor([3.0]), torch.tensor([1.0]))}
