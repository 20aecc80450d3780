# api: torch.nanquantile
import torch
x = torch.tensor([1.0, float("nan"), 3.0, 2.0, 4.0])
q_half = torch.nanquantile(x, 0.5)
m = torch.tensor([[1.0, 2.0, float("nan"), 4.0], [0.0, 10.0, 20.0, 30.0]])
q_rows = torch.nanquantile(m, torch.tensor([0.25, 0.75]), dim=1)
q_keep = torch.nanquantile(m, 0.5, dim=1, keepdim=True)
