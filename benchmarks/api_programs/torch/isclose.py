# api: torch.isclose
import torch
a = torch.tensor([1.0, 2.0, 3.0, float("nan")])
b = torch.tensor([1.0 + 1e-9, 2.1, 3.0, float("nan")])
close = torch.isclose(a, b)
close_loose = torch.isclose(a, b, rtol=0.1, atol=0.0)
close_nan = torch.isclose(a, b, equal_nan=True)
