# api: torch.allclose
import torch
a = torch.tensor([1.0, 2.0, float('nan')])
b = torch.tensor([1.0 + 1e-9, 2.1, float('nan')])
ic = torch.isclose(a, b)
ic_nan = torch.isclose(a, b, equal_nan=True)
ac = torch.allclose(a[:1], b[:1])
ac_tol = torch.allclose(a[:2], b[:2], atol=0.2)
eq = torch.equal(torch.tensor([1, 2]), torch.tensor([1, 2]))
neq = torch.equal(torch.tensor([1, 2]), torch.tensor([1, 2, 3]))
ac_type = type(ac).__name__
eq_type = type(eq).__name__
