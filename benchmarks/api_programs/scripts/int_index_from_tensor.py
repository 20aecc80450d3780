# api: torch.Tensor.argmax
import torch
scores = torch.tensor([0.1, 0.9, 0.3])
best = scores.argmax().item()
labels = ["a", "b", "c"]
best_label = labels[best]
topv, topi = scores.topk(2)
top_labels = [labels[i] for i in topi.tolist()]
idx = int(torch.argmax(scores))
