"""Losses (torch/nn/modules/loss.py) and their torch.nn.functional namesakes: PyTorch's
reductions, weights, and legacy size_average/reduce arguments."""
from ..schema import function, layer

_LOSS = "size_average=None, reduce=None, reduction='mean'"
_WLOSS = "weight=None, size_average=None, reduce=None, reduction='mean'"
_NLL = "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'"

ENTRIES = {
    "torch.nn.L1Loss": layer(_LOSS, "L1Loss"),
    "torch.nn.MSELoss": layer(_LOSS, "MSELoss"),
    "torch.nn.SmoothL1Loss": layer(_LOSS + ", beta=1.0", "SmoothL1Loss"),
    "torch.nn.HuberLoss": layer("reduction='mean', delta=1.0", "HuberLoss"),
    "torch.nn.SoftMarginLoss": layer(_LOSS, "SoftMarginLoss"),
    "torch.nn.BCELoss": layer(_WLOSS, "BCELoss"),
    "torch.nn.BCEWithLogitsLoss": layer(_WLOSS + ", pos_weight=None", "BCEWithLogitsLoss"),
    "torch.nn.NLLLoss": layer(_NLL, "NLLLoss"),
    "torch.nn.NLLLoss2d": layer(_NLL, "NLLLoss2d"),
    "torch.nn.CrossEntropyLoss": layer(
        "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0",
        "CrossEntropyLoss"),
    "torch.nn.KLDivLoss": layer(_LOSS + ", log_target=False", "KLDivLoss"),
    "torch.nn.MarginRankingLoss": layer("margin=0.0, " + _LOSS, "MarginRankingLoss"),
    "torch.nn.HingeEmbeddingLoss": layer("margin=1.0, " + _LOSS, "HingeEmbeddingLoss"),
    "torch.nn.CosineEmbeddingLoss": layer("margin=0.0, " + _LOSS, "CosineEmbeddingLoss"),
    "torch.nn.MultiLabelSoftMarginLoss": layer(_WLOSS, "MultiLabelSoftMarginLoss"),
    "torch.nn.MultiMarginLoss": layer("p=1, margin=1.0, " + _WLOSS, "MultiMarginLoss"),
    "torch.nn.MultiLabelMarginLoss": layer(_LOSS, "MultiLabelMarginLoss"),
    "torch.nn.TripletMarginLoss": layer("margin=1.0, p=2.0, eps=1e-06, swap=False, " + _LOSS, "TripletMarginLoss"),
    "torch.nn.TripletMarginWithDistanceLoss": layer(
        "*, distance_function=None, margin=1.0, swap=False, reduction='mean'", "TripletMarginWithDistanceLoss"),
    "torch.nn.PoissonNLLLoss": layer(
        "log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean'", "PoissonNLLLoss"),
    "torch.nn.GaussianNLLLoss": layer("*, full=False, eps=1e-06, reduction='mean'", "GaussianNLLLoss"),
    "torch.nn.CTCLoss": layer("blank=0, reduction='mean', zero_infinity=False", "CTCLoss"),
    "torch.nn.functional.cross_entropy": function(
        "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean',"
        " label_smoothing=0.0", "t2j", "cross_entropy"),
    "torch.nn.functional.nll_loss": function(
        "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'",
        "t2j", "nll_loss"),
    "torch.nn.functional.mse_loss": function(f"input, target, {_LOSS}, weight=None", "t2j", "mse_loss"),
    "torch.nn.functional.l1_loss": function(f"input, target, {_LOSS}, weight=None", "t2j", "l1_loss"),
    "torch.nn.functional.smooth_l1_loss": function(f"input, target, {_LOSS}, beta=1.0", "t2j", "smooth_l1_loss"),
    "torch.nn.functional.huber_loss": function("input, target, reduction='mean', delta=1.0, weight=None", "t2j",
                                               "huber_loss"),
    "torch.nn.functional.binary_cross_entropy": function(f"input, target, weight=None, {_LOSS}", "t2j",
                                                         "binary_cross_entropy"),
    "torch.nn.functional.binary_cross_entropy_with_logits": function(
        f"input, target, weight=None, {_LOSS}, pos_weight=None", "t2j", "binary_cross_entropy_with_logits"),
    "torch.nn.functional.kl_div": function(f"input, target, {_LOSS}, log_target=False", "t2j", "kl_div"),
    "torch.nn.functional.margin_ranking_loss": function(f"input1, input2, target, margin=0, {_LOSS}", "t2j",
                                                        "margin_ranking_loss"),
    "torch.nn.functional.soft_margin_loss": function(f"input, target, {_LOSS}", "t2j", "soft_margin_loss"),
    "torch.nn.functional.hinge_embedding_loss": function(f"input, target, margin=1.0, {_LOSS}", "t2j",
                                                         "hinge_embedding_loss"),
    "torch.nn.functional.cosine_embedding_loss": function(f"input1, input2, target, margin=0, {_LOSS}", "t2j",
                                                          "cosine_embedding_loss"),
    "torch.nn.functional.triplet_margin_loss": function(
        f"anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, {_LOSS}", "t2j", "triplet_margin_loss"),
    "torch.nn.functional.poisson_nll_loss": function(
        "input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean'",
        "t2j", "poisson_nll_loss"),
    "torch.nn.functional.gaussian_nll_loss": function("input, target, var, full=False, eps=1e-06, reduction='mean'",
                                                      "t2j", "gaussian_nll_loss"),
    "torch.nn.functional.multilabel_soft_margin_loss": function(f"input, target, weight=None, {_LOSS}", "t2j",
                                                                "multilabel_soft_margin_loss"),
    "torch.nn.functional.multi_margin_loss": function(f"input, target, p=1, margin=1.0, weight=None, {_LOSS}", "t2j",
                                                      "multi_margin_loss"),
    "torch.nn.functional.multilabel_margin_loss": function(f"input, target, {_LOSS}", "t2j", "multilabel_margin_loss"),
    "torch.nn.functional.triplet_margin_with_distance_loss": function(
        "anchor, positive, negative, *, distance_function=None, margin=1.0, swap=False, reduction='mean'", "t2j",
        "triplet_margin_with_distance_loss"),
    # Jittor's ctc_loss with PyTorch's target forms, infinities and reductions (nn.CTCLoss calls it)
    "torch.nn.functional.ctc_loss": function(
        "log_probs, targets, input_lengths, target_lengths, blank=0, reduction='mean', zero_infinity=False", "t2j",
        "ctc_loss"),
}

UNSUPPORTED = {
    "torch.nn.LinearCrossEntropyLoss": "no Jittor equivalent (fused chunked linear + cross-entropy)",
}
