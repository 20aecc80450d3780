# api: torch.Tensor.bitwise_xor
import torch
a = torch.tensor([5, 3, 0, -2])
b = torch.tensor([1, 3, 7, 1])
flipped = a.bitwise_xor(b)
toggled = a.bitwise_xor(1)
diff = torch.tensor([True, True, False]).bitwise_xor(torch.tensor([True, False, False]))
