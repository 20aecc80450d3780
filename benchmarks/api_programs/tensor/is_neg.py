# api: torch.Tensor.is_neg
import torch
z = torch.tensor([1 + 2j, 3 - 4j])
plain_is_neg = z.is_neg()
imag_of_conj = z.conj().imag
view_is_neg = imag_of_conj.is_neg()
