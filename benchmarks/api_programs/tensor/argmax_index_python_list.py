# api: torch.Tensor.argmax
import torch
x = torch.tensor([0.1, 0.7, 0.2])
labels = ['cat', 'dog', 'bird']
a = labels[int(x.argmax())]
b = labels[x.argmax().item()]
c = labels[x.argmax()]
