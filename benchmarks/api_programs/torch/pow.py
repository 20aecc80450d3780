# api: torch.pow
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
squared = torch.pow(x, 2)
root = torch.pow(x, 0.5)
elementwise = torch.pow(x, torch.tensor([0.0, 1.0, 2.0, 3.0]))
base_two = torch.pow(2, x)
int_cubes = torch.pow(torch.tensor([1, 2, 3]), 3)
