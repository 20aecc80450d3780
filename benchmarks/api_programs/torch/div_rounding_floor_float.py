# api: torch.div
import torch
a = torch.tensor([-7.5, 7.5, -0.25])
fl = torch.div(a, 2, rounding_mode="floor")
tr = torch.div(a, 2, rounding_mode="trunc")
