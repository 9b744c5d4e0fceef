<?php

namespace App\Kb;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\SoftDeletes;

/** A document of the knowledge base: one Markdown file on the kb disk. */
final class KbDocument extends Model
{
    use SoftDeletes;

    protected $table = 'kb_documents';

    protected $guarded = [];

    protected $casts = ['metadata' => 'array'];
}
