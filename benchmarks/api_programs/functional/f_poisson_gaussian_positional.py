# api: torch.nn.functional.poisson_nll_loss
import torch
import torch.nn.functional as F
inp = torch.tensor([0.2, 1.0, 3.0])
tgt = torch.tensor([0.0, 1.0, 4.0])
a = F.poisson_nll_loss(inp, tgt, False, True, None, 1e-8, None, "sum")
b = F.poisson_nll_loss(inp, tgt, log_input=True, reduction="none")
var = torch.tensor([0.5, 1.0, 2.0])
c = F.gaussian_nll_loss(inp, tgt, var, reduction="none")
d = F.gaussian_nll_loss(inp.unsqueeze(1), tgt.unsqueeze(1), var.unsqueeze(1), full=True)
