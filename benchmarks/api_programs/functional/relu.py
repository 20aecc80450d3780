# api: torch.nn.functional.relu
import torch
import torch.nn.functional as F
x = torch.tensor([[-1.5, 0.0, 2.0], [3.0, -0.1, 0.4]])
y = F.relu(x)
x_int = torch.tensor([-3, 0, 5])
y_int = F.relu(x_int)
z = x.clone()
F.relu(z, inplace=True)
