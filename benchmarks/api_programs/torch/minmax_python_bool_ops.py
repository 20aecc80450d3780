# api: torch.equal
import torch
a = torch.tensor([1.0, 2.0])
same = torch.equal(a, a.clone())
diff = torch.equal(a, torch.tensor([1.0, 2.5]))
diff_dtype = torch.equal(torch.tensor([1, 2]), torch.tensor([1.0, 2.0]))
close = torch.allclose(torch.tensor([1.0]), torch.tensor([1.0 + 1e-7]))
close_nan = torch.allclose(torch.tensor([float('nan')]), torch.tensor([float('nan')]), equal_nan=True)
is_close_rtol = torch.isclose(torch.tensor([100.0]), torch.tensor([101.0]), rtol=0.02)
if same and not diff:
    branch = 1
else:
    branch = 0
