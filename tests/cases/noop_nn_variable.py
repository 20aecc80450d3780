import types

nn = types.SimpleNamespace(Conv2d=lambda *a, **k: a)
F = types.SimpleNamespace(relu=lambda x, inplace=False: x)
layer = nn.Conv2d(3, 8, kernel_size=3)
y = F.relu(1, inplace=True)
message = "import torch; torch.flatten(x, 1)"
