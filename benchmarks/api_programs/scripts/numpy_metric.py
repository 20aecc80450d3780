# api: torch.Tensor.numpy
import numpy as np
import torch
preds = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]])
labels = torch.tensor([1, 0, 0])
p = preds.argmax(1).numpy()
l = labels.numpy()
acc = float((p == l).mean())
conf = np.zeros((2, 2), dtype=np.int64)
for a, b in zip(l, p):
    conf[a, b] += 1
probs = torch.softmax(preds, dim=1).detach().numpy()
top = np.argmax(probs, axis=1)
