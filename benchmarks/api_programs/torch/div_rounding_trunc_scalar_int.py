# api: torch.div
import torch
a = torch.tensor([-7, 7, -8, 9], dtype=torch.int32)
tr = torch.div(a, 2, rounding_mode="trunc")
fl = torch.div(a, 2, rounding_mode="floor")
tr_method = a.div(-3, rounding_mode="trunc")
