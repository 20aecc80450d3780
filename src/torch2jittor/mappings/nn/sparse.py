"""Embedding, EmbeddingBag (torch/nn/modules/sparse.py), F.embedding and F.one_hot."""
from ..schema import function, layer

ENTRIES = {
    "torch.nn.Embedding": layer(
        "num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,"
        " sparse=False, _weight=None, _freeze=False, device=None, dtype=None",
        "Embedding", unsupported=["scale_grad_by_freq"],
    ),
    "torch.nn.Embedding.from_pretrained": layer(
        "embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,"
        " sparse=False",
        "Embedding.from_pretrained", unsupported=["scale_grad_by_freq"],
    ),
    "torch.nn.EmbeddingBag": layer(
        "num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean',"
        " sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None",
        "EmbeddingBag", unsupported=["scale_grad_by_freq"],
    ),
    "torch.nn.EmbeddingBag.from_pretrained": layer(
        "embeddings, freeze=True, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean',"
        " sparse=False, include_last_offset=False, padding_idx=None",
        "EmbeddingBag.from_pretrained", unsupported=["scale_grad_by_freq"],
    ),
    "torch.nn.functional.embedding": function(
        "input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False",
        "t2j", "embedding", unsupported=("max_norm", "scale_grad_by_freq"), delete=("norm_type", "sparse")),
    "torch.nn.functional.one_hot": function("input, num_classes=-1", "t2j", "one_hot"),
    # nn.EmbeddingBag's computation (the layer calls it); the bags are read from `offsets` on the host
    "torch.nn.functional.embedding_bag": function(
        "input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean',"
        " sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None",
        "t2j", "embedding_bag", unsupported=("scale_grad_by_freq",), delete=("sparse",)),
}
