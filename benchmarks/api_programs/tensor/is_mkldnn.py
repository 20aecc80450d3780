# api: torch.Tensor.is_mkldnn
import torch
x = torch.ones(2, 2)
mkldnn_flag = x.is_mkldnn
