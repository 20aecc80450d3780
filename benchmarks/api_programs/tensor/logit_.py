# api: torch.Tensor.logit_
import torch
p = torch.tensor([0.25, 0.5, 0.75])
p.logit_()
