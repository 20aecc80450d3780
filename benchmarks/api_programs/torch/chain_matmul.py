# api: torch.chain_matmul
import torch
a = torch.arange(6.).reshape(2, 3)
b = torch.arange(12.).reshape(3, 4) / 10
c = torch.ones(4, 2)
product = torch.chain_matmul(a, b, c)
pair = torch.chain_matmul(a, b)
