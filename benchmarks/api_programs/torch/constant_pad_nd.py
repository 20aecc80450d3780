# api: torch.constant_pad_nd
import torch
x = torch.arange(6.).reshape(2, 3)
padded = torch.constant_pad_nd(x, (1, 1))
padded_both = torch.constant_pad_nd(x, [0, 1, 2, 0], value=-1.0)
trimmed = torch.constant_pad_nd(x, (-1, 0), 0.0)
