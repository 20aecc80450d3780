# api: torch.bucketize
import torch
b = torch.tensor([0.0, 1.0, 2.0])
x = torch.tensor([[-0.5, 0.0, 1.0], [1.5, 2.0, 3.0]])
l = torch.bucketize(x, b)
r = torch.bucketize(x, b, right=True)
i32 = torch.bucketize(x, boundaries=b, out_int32=True)
l_dtype = l.dtype
