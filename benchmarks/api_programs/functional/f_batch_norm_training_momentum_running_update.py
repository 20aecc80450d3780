# api: torch.nn.functional.batch_norm
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(12.)).reshape(4, 3)
rm = torch.zeros(3)
rv = torch.ones(3)
out = F.batch_norm(x, rm, rv, training=True, momentum=0.25, eps=0.01)
rm_after = rm
rv_after = rv
