# api: torch.einsum
import torch
a = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
b = torch.arange(12, dtype=torch.float32).reshape(4, 3)
x = torch.einsum('bij,jk->bik', a, b)
y = torch.einsum('bij->bj', a)
z = torch.einsum('b i j , j k -> b i k', a, b)
w_ = torch.einsum('ijk,ijk->i', a, a)
v = torch.einsum('i,i->', torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))
u = torch.einsum('...j,jk', a, b)
t = torch.einsum('bij->jib', a)
i64 = torch.einsum('ij,jk->ik', torch.tensor([[1, 2]]), torch.tensor([[3], [4]]))
