# api: torch.Tensor.is_conj
import torch
x = torch.tensor([1.0, -2.0])
conj_flag = x.is_conj()
after_conj = x.conj().is_conj()
