# api: torch.Tensor.index_put_
import torch
x = torch.zeros(2, 3)
x[1].index_put_((torch.tensor([0, 2]),), torch.tensor(5.))
