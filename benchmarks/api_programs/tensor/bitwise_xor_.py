# api: torch.Tensor.bitwise_xor_
import torch
state = torch.tensor([[1, 0], [3, 7]], dtype=torch.int16)
state.bitwise_xor_(torch.tensor([[1, 1], [1, 1]], dtype=torch.int16))
