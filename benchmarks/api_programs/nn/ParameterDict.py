# api: torch.nn.ParameterDict
import torch
import torch.nn as nn
params = nn.ParameterDict({
    'scale': nn.Parameter(torch.tensor([2.0, 3.0])),
    'shift': nn.Parameter(torch.tensor([0.5, -0.5])),
})
x = torch.tensor([[1.0, 1.0], [2.0, 0.0]])
y = x * params['scale'] + params['shift']
names = sorted(params.keys())
n_params = len(params)
scale_grad = params['scale'].requires_grad
