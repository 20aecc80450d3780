# api: torch.Tensor.logical_xor_
import torch
flags = torch.tensor([True, False, True])
flags.logical_xor_(torch.tensor([True, True, False]))
