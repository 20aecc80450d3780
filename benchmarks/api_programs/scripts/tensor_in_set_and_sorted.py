# api: torch.Tensor.tolist
import torch
labels = torch.tensor([3, 1, 3, 2, 1])
uniq = sorted(set(labels.tolist()))
counts = {c: int((labels == c).sum()) for c in uniq}
u, cnt = torch.unique(labels, return_counts=True)
mx = max(labels.tolist())
lab_list = list(labels)
lab0 = lab_list[0]
