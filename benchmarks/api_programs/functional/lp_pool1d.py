# api: torch.nn.functional.lp_pool1d
import torch
import torch.nn.functional as F
signal = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]]])
pooled = F.lp_pool1d(signal, 2, kernel_size=2)
pooled_p1 = F.lp_pool1d(signal, norm_type=1, kernel_size=3, stride=1)
